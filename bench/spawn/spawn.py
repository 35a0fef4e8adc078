# bench/spawn: 100,000 asyncio tasks that each await asyncio.sleep(0) once (asyncio's yield),
# awaited with asyncio.gather: the Python counterpart of spawn.go. Timed in the program from
# before the first create_task to after the gather.
# usage: spawn.py [n]   (default 100000)
import asyncio
import sys
import time


async def body():
    await asyncio.sleep(0)


async def main(n):
    start = time.perf_counter_ns()
    tasks = [asyncio.create_task(body()) for _ in range(n)]
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter_ns() - start
    print("goroutines:", n)
    print("time_ns:", elapsed)


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000))
