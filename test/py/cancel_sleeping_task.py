# Cancelling a sleeping task: it receives CancelledError at its await, cleans up, and its
# awaiter sees the cancellation.
import asyncio


def b(x):  # Go's %v of a bool
    return "true" if x else "false"


async def worker(name):
    try:
        print(name, "sleeping")
        await asyncio.sleep(3600)
        print(name, "never")
    finally:
        print(name, "cleanup")


async def main():
    t = asyncio.create_task(worker("w"))
    await asyncio.sleep(0)
    print("cancel:", b(t.cancel()), "done:", b(t.done()))
    try:
        await t
    except asyncio.CancelledError:
        print("awaiter saw CancelledError")
    print("done:", b(t.done()), "cancelled:", b(t.cancelled()), "cancel again:", b(t.cancel()))


asyncio.run(main())
