# Coroutines awaiting coroutines, each returning a value up the chain.
import asyncio


async def leaf(x):
    await asyncio.sleep(0)
    return x * 2


async def mid(x):
    a = await leaf(x)
    b = await leaf(x + 1)
    return a + b


async def top():
    parts = []
    for i in range(3):
        parts.append(await mid(i))
    return parts


async def main():
    print("[" + " ".join(map(str, await top())) + "]")


asyncio.run(main())
