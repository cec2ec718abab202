/**
 * Review: comments anchored to a part or a table row, decisions (sign off, approve,
 * return with reasons) and the blackline between submitted versions.
 */
package cn.budget.review;
