# await coro() runs it in the awaiting task at once, before tasks made earlier.
import asyncio


async def child():
    print("child start")
    await asyncio.sleep(0)
    print("child end")
    return 5


async def other():
    print("other runs")


async def main():
    t = asyncio.create_task(other())
    n = await child()
    print("child returned", n)
    await t


asyncio.run(main())
