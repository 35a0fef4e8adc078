# wait_for: a task that finishes in time gives its result; one that does not is cancelled
# and the caller gets TimeoutError.
import asyncio


async def slow(name, d):
    try:
        await asyncio.sleep(d)
        return name + " done"
    except asyncio.CancelledError:
        print(name, "cancelled by the timeout")
        raise


async def main():
    print(await asyncio.wait_for(slow("fast", 0.001), 1))
    t = asyncio.create_task(slow("slow", 3600))
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print("timeout; task cancelled:", "true" if t.cancelled() else "false")


asyncio.run(main())
