-- Retention rule for leavers (README, Security): the day a leaver's personal details were removed.
ALTER TABLE staff_member ADD COLUMN anonymised_on DATE;
CREATE INDEX ix_staff_left_date ON staff_member (left_date);
