# main's own sleep(0) lets each ready task run one step.
import asyncio


async def ticker(name):
    for i in range(2):
        print(name, "tick", i)
        await asyncio.sleep(0)


async def main():
    ts = [asyncio.create_task(ticker(n)) for n in "pq"]
    for i in range(3):
        print("main", i)
        await asyncio.sleep(0)
    for t in ts:
        await t


asyncio.run(main())
