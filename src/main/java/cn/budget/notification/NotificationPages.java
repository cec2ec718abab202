package cn.budget.notification;

import cn.budget.identity.Directory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The user's notifications, newest first.
 */
@Controller
class NotificationPages {

	private final Notifications notifications;

	private final Directory directory;

	NotificationPages(Notifications notifications, Directory directory) {
		this.notifications = notifications;
		this.directory = directory;
	}

	@GetMapping("/notifications")
	String list(Model model) {
		model.addAttribute("notifications", notifications.of(directory.currentActor(), 100));
		return "notification/list";
	}

	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable long id) {
		notifications.markRead(directory.currentActor(), id);
		return "redirect:/notifications";
	}

}
