package cn.budget.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The types of a feature that other features may use, declared on the feature's package
 * ({@code package-info.java}); everything else in the feature and its sub-packages is its
 * own business even where Java needs it public between its sub-packages. The build keeps
 * other features to it ({@code BoundaryTests}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface Surface {

	/** The feature's types that other features may use (their nested types too). */
	Class<?>[] value();

}
