# Several tasks awaiting one task resume in the order they started awaiting it.
import asyncio


async def slow():
    await asyncio.sleep(0.02)
    return "ready"


async def waiter(name, t):
    print(name, "waits")
    r = await t
    print(name, "got", r)


async def main():
    t = asyncio.create_task(slow())
    ws = [asyncio.create_task(waiter(n, t)) for n in ["first", "second", "third"]]
    for w in ws:
        await w


asyncio.run(main())
