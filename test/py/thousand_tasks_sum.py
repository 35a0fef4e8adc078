# A thousand tasks, each yielding a few times, summed in creation order.
import asyncio


async def work(i):
    for _ in range(i % 3):
        await asyncio.sleep(0)
    return i * i


async def main():
    ts = [asyncio.create_task(work(i)) for i in range(1000)]
    total = 0
    for t in ts:
        total += await t
    print("sum of squares", total)


asyncio.run(main())
