# bench/blocked1m: 1,000,000 asyncio tasks blocked on one asyncio.Event, then released by
# setting it: the Python counterpart of blocked1m.go. Each task counts itself ready and
# awaits the gate; main waits until all are ready, sets the gate and waits until all are done.
# bench/run.py measures peak RSS at n and at n=0 (see blocked1m.go).
# usage: blocked1m.py [n]   (default 1000000)
import asyncio
import sys
import time


class WaitGroup:
    def __init__(self, n):
        self.n = n
        self.zero = asyncio.Event()
        if n == 0:
            self.zero.set()

    def done(self):
        self.n -= 1
        if self.n == 0:
            self.zero.set()

    async def wait(self):
        await self.zero.wait()


async def body(gate, ready, done):
    ready.done()
    await gate.wait()
    done.done()


async def main(n):
    gate = asyncio.Event()
    start = time.perf_counter_ns()
    ready, done = WaitGroup(n), WaitGroup(n)
    tasks = [asyncio.create_task(body(gate, ready, done)) for _ in range(n)]
    await ready.wait()
    spawn = time.perf_counter_ns() - start
    released = time.perf_counter_ns()
    gate.set()
    await done.wait()
    release = time.perf_counter_ns() - released
    del tasks
    print("goroutines:", n)
    print("spawn_ns:", spawn)
    print("release_ns:", release)


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000))
