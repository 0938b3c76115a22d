"""The XLSForm expression subset that skip logic and constraints use, evaluated safely.

ODK evaluates these as XPath 1.0 over the form's XML instance, with its own functions
(`selected`, `count-selected`, `regex`). We answer from a plain dictionary instead, so we
parse the subset ourselves into a small tree and evaluate it: nothing is ever passed to
Python's eval, and an unknown function or name is an error at load time.

Supported: `${name}`, `.` (the answer being checked), numbers, 'strings', `and`, `or`,
`= != < <= > >=`, `+ - * div mod`, unary minus, parentheses and the functions in
FUNCTIONS below. Values follow XPath 1.0: an answer is a string (a select_multiple or
rank answer is its choice names joined by spaces, a missing answer is ""), and a
comparison with a number compares numbers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

Value = str | float | bool


class ExpressionError(ValueError):
    """An expression outside the supported subset, or malformed."""


@dataclass(frozen=True, slots=True)
class Literal:
    value: Value


@dataclass(frozen=True, slots=True)
class Reference:
    name: str  # "" for ".", the answer being checked


@dataclass(frozen=True, slots=True)
class Call:
    function: str
    arguments: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Operation:
    operator: str
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Negation:
    operand: Node


Node = Literal | Reference | Call | Operation | Negation

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<reference>\$\{(?P<name>[A-Za-z_][\w.\-]*)\})
      | (?P<number>\d+(?:\.\d*)?|\.\d+)
      | (?P<string>'[^']*'|"[^"]*")
      | (?P<operator>!=|<=|>=|=|<|>|\+|-|\*|\(|\)|,)
      | (?P<word>[A-Za-z][\w\-]*)
      | (?P<dot>\.)
    )""",
    re.VERBOSE,
)
_BINARY = {  # operator -> binding power: or < and < equality < relational < sum < product
    "or": 1, "and": 2, "=": 3, "!=": 3, "<": 4, "<=": 4, ">": 4, ">=": 4,
    "+": 5, "-": 5, "*": 6, "div": 6, "mod": 6,
}  # fmt: skip


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    position = 0
    text = text.rstrip()
    while position < len(text):
        found = _TOKEN.match(text, position)
        if not found or found.end() == position:
            raise ExpressionError(f"cannot read {text[position:].strip()[:20]!r}")
        position = found.end()
        kind = found.lastgroup or ""
        if kind in ("reference", "name"):
            tokens.append(("reference", found.group("name")))
        elif kind == "string":
            tokens.append(("string", found.group("string")[1:-1]))
        else:
            tokens.append((kind, found.group(kind)))
    return tokens


class _Parser:
    """Precedence climbing over the token list."""

    def __init__(self, text: str) -> None:
        self.tokens = _tokens(text)
        self.position = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self, expected: str | None = None) -> tuple[str, str]:
        token = self.peek()
        if token is None:
            raise ExpressionError("the expression ends too early")
        if expected is not None and token[1] != expected:
            raise ExpressionError(f"expected {expected!r}, found {token[1]!r}")
        self.position += 1
        return token

    def expression(self, floor: int = 0) -> Node:
        left = self.operand()
        while (token := self.peek()) is not None:
            power = _BINARY.get(token[1]) if token[0] in ("operator", "word") else None
            if power is None or power <= floor:
                break
            self.take()
            left = Operation(token[1], left, self.expression(power))
        return left

    def operand(self) -> Node:
        kind, text = self.take()
        if kind == "number":
            return Literal(float(text))
        if kind == "string":
            return Literal(text)
        if kind == "reference":
            return Reference(text)
        if kind == "dot":
            return Reference("")
        if text == "-":
            return Negation(self.operand())
        if text == "(":
            inner = self.expression()
            self.take(")")
            return inner
        if kind == "word":
            if text not in FUNCTIONS:
                raise ExpressionError(f"unknown function or name {text!r}")
            return Call(text, self.arguments(text))
        raise ExpressionError(f"unexpected {text!r}")

    def arguments(self, function: str) -> tuple[Node, ...]:
        self.take("(")
        arguments: list[Node] = []
        if self.peek() != ("operator", ")"):
            arguments.append(self.expression())
            while self.peek() == ("operator", ","):
                self.take()
                arguments.append(self.expression())
        self.take(")")
        low, high = ARITY[function]
        if not low <= len(arguments) <= high:
            raise ExpressionError(
                f"{function}() takes {low}-{high} arguments, not {len(arguments)}"
            )
        return tuple(arguments)


@lru_cache(maxsize=1024)
def parse(text: str) -> Node:
    """Parse an expression; raise ExpressionError with the reason if it is outside the subset."""
    parser = _Parser(text)
    if not parser.tokens:
        raise ExpressionError("empty expression")
    tree = parser.expression()
    if parser.peek() is not None:
        raise ExpressionError(f"unexpected {parser.peek()[1]!r}")
    _check_regexes(tree)
    return tree


def references(tree: Node) -> set[str]:
    """The `${name}`s an expression reads."""
    match tree:
        case Reference(name):
            return {name} if name else set()
        case Call(_, arguments):
            return set().union(*(references(argument) for argument in arguments))
        case Operation(_, left, right):
            return references(left) | references(right)
        case Negation(operand):
            return references(operand)
    return set()


def _check_regexes(tree: Node) -> None:
    if isinstance(tree, Call) and tree.function == "regex":
        pattern = tree.arguments[1]
        if isinstance(pattern, Literal):
            try:
                re.compile(str(pattern.value))
            except re.error as error:
                raise ExpressionError(f"bad regex {pattern.value!r}: {error}") from None
    for child in _children(tree):
        _check_regexes(child)


def _children(tree: Node) -> tuple[Node, ...]:
    match tree:
        case Call(_, arguments):
            return arguments
        case Operation(_, left, right):
            return (left, right)
        case Negation(operand):
            return (operand,)
    return ()


def evaluate(text: str, answers: Mapping[str, Any], current: Any = None) -> Value:
    """The value of an expression over the answers; `.` is `current`."""
    return _evaluate(parse(text), answers, current)


def holds(text: str, answers: Mapping[str, Any], current: Any = None) -> bool:
    return boolean(evaluate(text, answers, current))


def answer_value(answer: Any) -> str:
    """An answer as XPath sees it: text; lists joined by spaces; nothing is ""."""
    if answer is None:
        return ""
    if isinstance(answer, list | tuple):
        return " ".join(str(item) for item in answer)
    if isinstance(answer, float) and answer.is_integer():
        return str(int(answer))
    return str(answer)


def number(value: Value) -> float:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, float):
        return value
    try:
        return float(value.strip()) if value.strip() else math.nan
    except ValueError:
        return math.nan


def boolean(value: Value) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return not (value == 0 or math.isnan(value))
    return value != ""


def string(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        return str(int(value)) if value.is_integer() else repr(value)
    return value


def _compare(operator: str, left: Value, right: Value) -> bool:
    if operator in ("=", "!="):
        if isinstance(left, bool) or isinstance(right, bool):
            same = boolean(left) == boolean(right)
        elif isinstance(left, float) or isinstance(right, float):
            same = number(left) == number(right)
        else:
            same = left == right
        return same if operator == "=" else not same
    a, b = number(left), number(right)
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[operator]


def _arithmetic(operator: str, left: Value, right: Value) -> float:
    a, b = number(left), number(right)
    if operator == "+":
        return a + b
    if operator == "-":
        return a - b
    if operator == "*":
        return a * b
    if b == 0:
        return math.nan if operator == "mod" or a == 0 else math.copysign(math.inf, a)
    return a / b if operator == "div" else math.fmod(a, b)


def _evaluate(tree: Node, answers: Mapping[str, Any], current: Any) -> Value:
    match tree:
        case Literal(value):
            return value
        case Reference(name):
            return answer_value(answers.get(name) if name else current)
        case Negation(operand):
            return -number(_evaluate(operand, answers, current))
        case Operation("and", left, right):
            return boolean(_evaluate(left, answers, current)) and boolean(
                _evaluate(right, answers, current)
            )
        case Operation("or", left, right):
            return boolean(_evaluate(left, answers, current)) or boolean(
                _evaluate(right, answers, current)
            )
        case Operation(operator, left, right):
            a, b = _evaluate(left, answers, current), _evaluate(right, answers, current)
            if operator in ("+", "-", "*", "div", "mod"):
                return _arithmetic(operator, a, b)
            return _compare(operator, a, b)
        case Call(function, arguments):
            values = [_evaluate(argument, answers, current) for argument in arguments]
            return FUNCTIONS[function](*values)
    raise ExpressionError(f"cannot evaluate {tree!r}")  # unreachable: parse builds only these


def _selected(answer: Value, choice: Value) -> bool:
    return string(choice) in string(answer).split()


def _regex(answer: Value, pattern: Value) -> bool:
    try:
        return re.search(string(pattern), string(answer)) is not None
    except re.error:
        return False


def _if(condition: Value, then: Value, otherwise: Value) -> Value:
    return then if boolean(condition) else otherwise


FUNCTIONS: dict[str, Callable[..., Value]] = {
    "selected": _selected,
    "count-selected": lambda answer: float(len(string(answer).split())),
    "string-length": lambda value: float(len(string(value))),
    "regex": _regex,
    "not": lambda value: not boolean(value),
    "true": lambda: True,
    "false": lambda: False,
    "number": number,
    "string": string,
    "boolean": boolean,
    "if": _if,
    "contains": lambda value, part: string(part) in string(value),
    "starts-with": lambda value, part: string(value).startswith(string(part)),
    "concat": lambda *values: "".join(string(value) for value in values),
}
ARITY = {
    "selected": (2, 2), "count-selected": (1, 1), "string-length": (1, 1), "regex": (2, 2),
    "not": (1, 1), "true": (0, 0), "false": (0, 0), "number": (1, 1), "string": (1, 1),
    "boolean": (1, 1), "if": (3, 3), "contains": (2, 2), "starts-with": (2, 2),
    "concat": (1, 99),
}  # fmt: skip
