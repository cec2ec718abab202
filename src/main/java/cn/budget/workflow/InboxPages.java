package cn.budget.workflow;

import java.util.List;

import cn.budget.identity.Actor;
import cn.budget.identity.DepartmentFilter;
import cn.budget.identity.Directory;
import cn.budget.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox page: my tasks and my groups' tasks, filtered and sorted by due date;
 * claiming, handing back and, for reviewers, claiming many at once.
 */
@Controller
class InboxPages {

	static final String VIEW_INBOX = "workflow/inbox";

	private static final List<String> TASK_KEYS = List.of(TaskKeys.CONTRIBUTE, TaskKeys.DRAFT, TaskKeys.SIGN_OFF,
			TaskKeys.REVIEW, TaskKeys.PUBLISH, TaskKeys.FOLLOW_UP);

	private final Inbox inbox;

	private final Directory directory;

	private final Corrections corrections;

	InboxPages(Inbox inbox, Directory directory, Corrections corrections) {
		this.inbox = inbox;
		this.directory = directory;
		this.corrections = corrections;
	}

	@GetMapping("/tasks")
	String inbox(@RequestParam(required = false) Integer year, @RequestParam(required = false) String department,
			@RequestParam(required = false) String taskKey, @RequestParam(required = false) Boolean overdue,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = directory.currentActor();
		DepartmentFilter departments = directory.departmentFilter(department, actor.seesAllDepartments());
		InboxFilter filter = new InboxFilter(year, departments.code(), taskKey, overdue);
		InboxPage found = inbox.pageOf(actor, filter, page, InboxPage.PAGE_SIZE);
		model.addAttribute("tasks", found.tasks());
		model.addAttribute("inboxPage", found);
		model.addAttribute("filter", filter);
		model.addAttribute("taskKeys", TASK_KEYS);
		model.addAttribute("departments", departments.offered());
		model.addAttribute("bulkClaim", actor.is(Role.REVIEWER) || actor.is(Role.SUPERVISOR));
		return VIEW_INBOX;
	}

	@PostMapping("/tasks/{id}/claim")
	String claim(@PathVariable String id, RedirectAttributes redirect) {
		inbox.claim(directory.currentActor(), id);
		redirect.addFlashAttribute("notice", "inbox.claimed");
		return "redirect:/tasks";
	}

	@PostMapping("/tasks/{id}/unclaim")
	String unclaim(@PathVariable String id, RedirectAttributes redirect) {
		inbox.unclaim(directory.currentActor(), id);
		redirect.addFlashAttribute("notice", "inbox.handedBack");
		return "redirect:/tasks";
	}

	@PostMapping("/disclosures/{id}/correction")
	String correct(@PathVariable long id, RedirectAttributes redirect) {
		corrections.start(directory.currentActor(), id);
		redirect.addFlashAttribute("notice", "correction.started");
		return "redirect:/tasks";
	}

	@PostMapping("/tasks/claim")
	String claimAll(@RequestParam(name = "taskIds", required = false) List<String> taskIds,
			RedirectAttributes redirect) {
		int claimed = taskIds == null ? 0 : inbox.claimAll(directory.currentActor(), taskIds);
		redirect.addFlashAttribute("notice", "inbox.claimedMany");
		redirect.addFlashAttribute("claimedCount", claimed);
		return "redirect:/tasks";
	}

}
