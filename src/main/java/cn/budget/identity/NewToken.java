package cn.budget.identity;

/**
 * A request for a token; every part may be left out.
 *
 * @param name what it is for, e.g. the client's name ({@code API} when left out)
 * @param days how long it is valid, 1 to 365 (30 when left out)
 * @param username whom it acts as: only administrators name someone else (a service
 * account)
 */
public record NewToken(String name, Integer days, String username) {

	static NewToken defaults() {
		return new NewToken(null, null, null);
	}

}
