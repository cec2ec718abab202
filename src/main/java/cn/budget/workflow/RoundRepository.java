package cn.budget.workflow;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoundRepository extends JpaRepository<Round, Long> {

	List<Round> findByCorrectionFalseOrderByIdDesc();

}
