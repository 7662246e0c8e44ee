"""Amounts of money: Decimal with two places, written as strings in policy files."""

from decimal import Decimal, InvalidOperation

CENT = Decimal("0.01")
MAX_AMOUNT = Decimal("1000000000")


class AmountError(ValueError):
    pass


def parse_amount(value: object, *, allow_percent_places: bool = False) -> Decimal:
    """A non-negative amount from a policy value; floats are refused because they round."""
    if isinstance(value, bool | float):
        raise AmountError(f'write amounts as strings or whole numbers, e.g. "12.50", not {value!r}')
    if not isinstance(value, str | int):
        raise AmountError(f'expected an amount such as "12.50", got {value!r}')
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        raise AmountError(f"not an amount: {value!r}") from None
    if not amount.is_finite() or amount < 0:
        raise AmountError(f"amounts must be zero or more: {value!r}")
    if amount > MAX_AMOUNT:
        raise AmountError(f"amount too large: {value!r}")
    places = 4 if allow_percent_places else 2
    if amount != amount.quantize(Decimal(1).scaleb(-places)):
        raise AmountError(f"at most {places} decimal places: {value!r}")
    return amount


def tidy(amount: Decimal) -> Decimal:
    """Two places for an amount stored with four (percentage precision) that needs only two."""
    return amount.quantize(CENT) if amount == amount.quantize(CENT) else amount.normalize()
