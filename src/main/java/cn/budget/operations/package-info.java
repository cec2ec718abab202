/**
 * Operations of the running product: an online backup of the embedded H2 store, taken by
 * an administrator while people keep working ({@link cn.budget.operations.Backups}).
 * PostgreSQL is backed up with its own tools (docs/operations.md).
 */
@Surface({})
package cn.budget.operations;

import cn.budget.shared.Surface;
