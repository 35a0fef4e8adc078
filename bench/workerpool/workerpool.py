# bench/workerpool: 8 asyncio worker tasks take 1,000,000 jobs from an asyncio.Queue(100) and
# put x*x%7 into a results asyncio.Queue(100); main sums the results. A producer task feeds
# the jobs and then one end marker per worker (asyncio queues cannot be closed); the Python
# counterpart of workerpool.go, timed in the program from before the queues are made to
# after the last result.
# usage: workerpool.py [n]   (default 1000000)
import asyncio
import sys
import time

WORKERS = 8
DONE = None


async def worker(jobs, results):
    while True:
        x = await jobs.get()
        if x is DONE:
            await results.put(DONE)
            return
        await results.put(x * x % 7)


async def producer(jobs, n):
    for i in range(1, n + 1):
        await jobs.put(i)
    for _ in range(WORKERS):
        await jobs.put(DONE)


async def main(n):
    start = time.perf_counter_ns()
    jobs, results = asyncio.Queue(100), asyncio.Queue(100)
    tasks = [asyncio.create_task(worker(jobs, results)) for _ in range(WORKERS)]
    tasks.append(asyncio.create_task(producer(jobs, n)))
    total = count = 0
    left = WORKERS
    while left:
        r = await results.get()
        if r is DONE:
            left -= 1
        else:
            total += r
            count += 1
    elapsed = time.perf_counter_ns() - start
    await asyncio.gather(*tasks)
    print("jobs:", count, "sum:", total)
    print("time_ns:", elapsed)


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000))
