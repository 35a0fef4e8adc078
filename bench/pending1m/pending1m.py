# bench/pending1m: 1,000,000 asyncio tasks pending at once, each awaiting one future, then
# released by setting its result: the Python counterpart of pending1m.csp.
# usage: pending1m.py [n]   (default 1000000)
import asyncio
import sys
import time

arrived = 0


async def waiter(gate):
    global arrived
    arrived += 1
    return await gate


async def main(n):
    loop = asyncio.get_running_loop()
    start = time.perf_counter_ns()
    gate = loop.create_future()
    ts = [asyncio.create_task(waiter(gate)) for _ in range(n)]
    while arrived < n:
        await asyncio.sleep(0.001)
    pending = time.perf_counter_ns() - start
    release = time.perf_counter_ns()
    gate.set_result(1)
    total = 0
    for t in ts:
        total += await t
    print("tasks:", n, "sum:", total)
    print("pending_ns:", pending)
    print("release_ns:", time.perf_counter_ns() - release)


if __name__ == "__main__":
    n = 1000000
    if len(sys.argv) > 1:
        try:
            n = int(sys.argv[1])
            if n < 0:
                raise ValueError
        except ValueError:
            print("usage: pending1m.py [n]", file=sys.stderr)
            sys.exit(2)
    asyncio.run(main(n))
