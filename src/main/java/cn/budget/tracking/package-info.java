/**
 * Tracking: the supervisors' dashboard of a year's round — every department's stage,
 * current task, days left against the 20-day rule, returns and open error findings, with
 * charts and exports.
 */
@Surface({})
package cn.budget.tracking;

import cn.budget.shared.Surface;
