package cn.budget.identity;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	List<ApiToken> findByUsernameOrderByCreatedAtDesc(String username);

	List<ApiToken> findAllByOrderByCreatedAtDesc();

}
