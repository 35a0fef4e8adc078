# bench/pingpong: two asyncio tasks pass an int back and forth over two asyncio.Queue(1)
# (asyncio has no rendezvous channel; a queue of one slot is the closest), 1,000,000 round
# trips: the Python counterpart of pingpong.go, timed in the program around the loop.
# usage: pingpong.py [n]   (default 1000000)
import asyncio
import sys
import time

DONE = None


async def echo(ping, pong):
    while True:
        v = await ping.get()
        if v is DONE:
            await pong.put(DONE)
            return
        await pong.put(v + 1)


async def main(n):
    ping, pong = asyncio.Queue(1), asyncio.Queue(1)
    task = asyncio.create_task(echo(ping, pong))
    start = time.perf_counter_ns()
    total = 0
    for i in range(n):
        await ping.put(i)
        total += await pong.get()
    elapsed = time.perf_counter_ns() - start
    await ping.put(DONE)  # like close(ping): wait for the echo task to leave
    await pong.get()
    await task
    print("round trips:", n, "sum:", total)
    print("roundtrip_ns: %.1f" % (elapsed / n))
    print("time_ns:", elapsed)


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000))
