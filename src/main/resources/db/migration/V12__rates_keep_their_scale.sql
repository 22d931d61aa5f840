-- A rate keeps the decimals it was given ("1452.10" stays "1452.10", as money amounts do): the column no longer pads
-- every rate to 6 decimals. The rules stay in the table: positive, at most 6 decimals, at most 12 integer digits.
-- Rates stored before show without their padding zeros.
alter table fx_rates alter column krw_per_unit type numeric using trim_scale(krw_per_unit);
alter table fx_rates add constraint fx_rates_krw_per_unit_decimals check (scale(krw_per_unit) <= 6 and krw_per_unit < 1000000000000);
