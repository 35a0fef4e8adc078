# A task cancelled before it ever ran never runs its body.
import asyncio


def b(x):  # Go's %v of a bool
    return "true" if x else "false"


async def body():
    print("body ran")
    return 1


async def main():
    t = asyncio.create_task(body())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before it started:", b(t.cancelled()))


asyncio.run(main())
