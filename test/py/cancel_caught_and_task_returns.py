# A task that catches its cancellation and returns normally is not cancelled.
import asyncio


def b(x):  # Go's %v of a bool
    return "true" if x else "false"


async def stubborn():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("caught the cancellation")
        await asyncio.sleep(0)
        print("still running after it")
    return "finished anyway"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t)
    print("cancelled:", b(t.cancelled()))


asyncio.run(main())
