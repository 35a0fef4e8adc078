# bench/tasks100k: 100,000 asyncio tasks created and awaited, each sleeping 0 once.
# usage: tasks100k.py [n]   (default 100000)
import asyncio
import sys
import time


async def work(i):
    await asyncio.sleep(0)
    return i


async def main(n):
    start = time.perf_counter_ns()
    ts = [asyncio.create_task(work(i)) for i in range(n)]
    total = 0
    for t in ts:
        total += await t
    elapsed = time.perf_counter_ns() - start
    print("tasks:", n, "sum:", total)
    print("time_ns:", elapsed)


if __name__ == "__main__":
    n = 100000
    if len(sys.argv) > 1:
        try:
            n = int(sys.argv[1])
            if n < 0:
                raise ValueError
        except ValueError:
            print("usage: tasks100k.py [n]", file=sys.stderr)
            sys.exit(2)
    asyncio.run(main(n))
