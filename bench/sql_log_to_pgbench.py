#!/usr/bin/env python3
"""Turns the statements one request issued (PostgreSQL log, log_statement = all) into a pgbench script.

    sql_log_to_pgbench.py LOG APPLICATION [--set 'n random(1, 2000)'] [--replace UUID EXPR] ...

Bind parameters are written in as literals, so pgbench runs exactly the SQL the service sent. Each
--replace swaps a value the request used (an id) for a pgbench expression, so that every transaction
touches another row as the service's requests do; inside a longer literal (a JSON audit row) the value
is spliced in with ||. Integer parameters are written unquoted; the JDBC driver's catalogue lookups
(cached per connection) are left out.
"""
import argparse
import re
import sys

ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+ \[(\d+)\] (\S*): (LOG|DETAIL|ERROR|STATEMENT):  (.*)$")
PARAM = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")


def entries(lines):
    current = None
    for line in lines:
        line = line.rstrip("\n")
        match = ENTRY.match(line)
        if match:
            if current:
                yield current
            current = {"pid": match.group(1), "app": match.group(2), "kind": match.group(3), "text": match.group(4)}
        elif current is not None:
            current["text"] += "\n" + (line[1:] if line.startswith("\t") else line)
    if current:
        yield current


# What the service's scheduled jobs run on every instance (dispatchers, the totals compaction, purges): not the
# request's work. A transaction touching any of these is left out of the request's statements.
BACKGROUND = re.compile(r"webhook_deliveries|mail_deliveries|outcome_total_deltas|follow_up_notices|pg_try_advisory_xact_lock"
                        r"|delete from idempotency_keys", re.I)


def literal(value, replacements):
    if value == "NULL":
        return value
    body = value[1:-1]
    if re.fullmatch(r"-?[0-9]+", body):
        return body  # an int parameter (the log does not say its type; quoted, PostgreSQL would guess another)
    for old, expr in replacements:
        if body == old:
            return "(" + expr + ")"
        if old in body:
            parts = body.split(old)
            return "(" + (" || (" + expr + ")::text || ").join("'" + p + "'" for p in parts) + ")"
    return value


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("log")
    parser.add_argument("application")
    parser.add_argument("--set", action="append", default=[])
    parser.add_argument("--replace", nargs=2, action="append", default=[])
    args = parser.parse_args()
    with open(args.log, encoding="utf-8", errors="replace") as f:
        # the service's own connections: "pavilion", and "pavilion-reports" for the reports' datasource
        found = [e for e in entries(f) if e["app"] == args.application or e["app"].startswith(args.application + "-")]
    # Statements by connection (pid), each with its bind parameters, cut into transactions; then in order of start.
    transactions = []
    open_by_pid = {}
    last_by_pid = {}
    for e in found:
        if e["kind"] == "LOG":
            m = re.match(r"(?:execute [^:]+|statement): (.*)", e["text"], re.S)
            if not m:
                continue
            statement = [m.group(1), {}]
            last_by_pid[e["pid"]] = statement
            text = m.group(1).strip().upper()
            tx = open_by_pid.get(e["pid"])
            if tx is None:
                tx = []
                transactions.append(tx)
                if text.startswith("BEGIN"):
                    open_by_pid[e["pid"]] = tx
            tx.append(statement)
            if text.startswith("COMMIT") or text.startswith("ROLLBACK"):
                open_by_pid.pop(e["pid"], None)
        elif e["kind"] == "DETAIL" and e["text"].startswith("parameters:") and e["pid"] in last_by_pid:
            last_by_pid[e["pid"]][1] = {int(n): v for n, v in PARAM.findall(e["text"])}
    statements = [st for tx in transactions if not any(BACKGROUND.search(sql) for sql, _ in tx) for st in tx]
    out = ["\\set " + s for s in args.set]
    for sql, params in statements:
        if "pg_catalog." in sql:
            continue  # the JDBC driver's column metadata lookup, cached per connection: not per request
        for n in sorted(params, reverse=True):
            sql = re.sub(r"\$%d(?!\d)" % n, lambda _m, v=params[n]: literal(v, args.replace), sql)
        out.append(sql.strip().rstrip(";") + ";")
    print("\n".join(out))


if __name__ == "__main__":
    main()
