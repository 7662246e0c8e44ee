"""The people who use Frontline Desk: their roles, teams and sign-in PINs."""
