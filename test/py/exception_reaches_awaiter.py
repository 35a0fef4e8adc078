# An exception in a task is raised again in its awaiter, with the same value.
import asyncio


async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad {n}")


async def main():
    t = asyncio.create_task(fail(3))
    try:
        await t
    except ValueError as e:
        print("caught", e)
    try:
        await fail(4)
    except ValueError as e:
        print("caught inline", e)
    print("main goes on")


asyncio.run(main())
