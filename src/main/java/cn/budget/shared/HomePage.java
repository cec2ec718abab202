package cn.budget.shared;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after login: the user's tasks.
 */
@Controller
class HomePage {

	@GetMapping("/")
	String home() {
		return "redirect:/tasks";
	}

}
