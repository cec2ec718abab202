-- The budget approval date (批复日期) a disclosure's 20-day publication deadline runs from.
alter table disclosure add column approval_date date;
