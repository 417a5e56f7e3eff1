"""The readers, which run the stages over a sheet: our tagged sheets (`tagged`, `titled`), the 2020 sheet (`legacy`) and any board's sheet by its profile (`board`)."""
