# Cancelling a task that awaits another task cancels that task too (the chain unwinds from
# the innermost await), while shield keeps the inner task running.
import asyncio


def b(x):  # Go's %v of a bool
    return "true" if x else "false"


async def inner(name):
    try:
        await asyncio.sleep(3600)
    finally:
        print(name, "unwound")


async def outer(t):
    try:
        await t
    finally:
        print("outer unwound")


async def inner_ok():
    await asyncio.sleep(0.01)
    return "shielded inner finished"


async def main():
    i = asyncio.create_task(inner("inner"))
    o = asyncio.create_task(outer(i))
    await asyncio.sleep(0)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled:", b(o.cancelled()), "inner cancelled:", b(i.cancelled()))
    s = asyncio.create_task(inner_ok())
    w = asyncio.create_task(outer(asyncio.shield(s)))
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled:", b(w.cancelled()), "shielded task cancelled:", b(s.cancelled()))
    print(await s)


asyncio.run(main())
