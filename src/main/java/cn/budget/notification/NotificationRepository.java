package cn.budget.notification;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	List<Notification> findByUsernameOrderByCreatedAtDesc(String username, Pageable page);

}
