# A new task does not run until its creator yields.
import asyncio


async def worker(name):
    print("worker", name, "runs")
    return name.upper()


async def main():
    t1 = asyncio.create_task(worker("x"))
    t2 = asyncio.create_task(worker("y"))
    print("created both")
    await asyncio.sleep(0)
    print("main resumed")
    print(await t2, await t1)


asyncio.run(main())
