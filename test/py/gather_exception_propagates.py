# An exception in one of gather's awaitables is raised in gather's awaiter.
import asyncio


async def ok(x):
    await asyncio.sleep(0.01)
    return x


async def bad():
    await asyncio.sleep(0)
    raise RuntimeError("bad task")


async def main():
    try:
        await asyncio.gather(bad(), ok(1))
    except RuntimeError as e:
        print("gather raised", e)
    print(await asyncio.gather(ok(2), ok(3)))


asyncio.run(main())
