# An exception raised three awaits deep is caught by the middle coroutine.
import asyncio


async def bottom(x):
    await asyncio.sleep(0)
    if x < 0:
        raise ValueError("negative")
    return x


async def middle(x):
    try:
        return await bottom(x)
    except ValueError as e:
        print("middle caught", e)
        return 0


async def top(x):
    return 10 + await middle(x)


async def main():
    print(await top(5))
    print(await top(-1))


asyncio.run(main())
