# A task that starts tasks of its own and awaits them in reverse order.
import asyncio


async def square(x):
    print("square", x)
    await asyncio.sleep(0)
    return x * x


async def spawner(n):
    ts = [asyncio.create_task(square(i)) for i in range(n)]
    print("spawned", n)
    out = []
    for t in reversed(ts):
        out.append(await t)
    return out


async def main():
    out = await asyncio.create_task(spawner(4))
    print("[" + " ".join(map(str, out)) + "]")


asyncio.run(main())
