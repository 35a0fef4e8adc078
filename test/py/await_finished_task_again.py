# Awaiting a finished task again gives the same result without running it again.
import asyncio

runs = 0


async def compute():
    global runs
    runs += 1
    return 42


async def main():
    t = asyncio.create_task(compute())
    print(await t)
    print(await t)
    print("runs", runs)


asyncio.run(main())
