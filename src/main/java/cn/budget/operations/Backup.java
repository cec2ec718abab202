package cn.budget.operations;

import java.time.Instant;

/**
 * A backup file written under the data directory's {@code backups/} folder.
 *
 * @param file the file's name, e.g. {@code disclosure-20260302-090000.zip}
 * @param size its size in bytes
 * @param createdAt when it was taken
 */
public record Backup(String file, long size, Instant createdAt) {
}
