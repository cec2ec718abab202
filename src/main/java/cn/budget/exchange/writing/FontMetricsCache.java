package cn.budget.exchange.writing;

import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;

/**
 * The font metrics the layout computed, for every later render (one entry per family,
 * weight and style).
 */
final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {

	private final ConcurrentHashMap<String, FSCacheValue> values = new ConcurrentHashMap<>();

	@Override
	public void put(String key, FSCacheValue value) {
		values.put(key, value);
	}

	@Override
	public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
		return values.computeIfAbsent(key, k -> {
			try {
				return loader.call();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	@Override
	public FSCacheValue get(String key) {
		return values.get(key);
	}

}
