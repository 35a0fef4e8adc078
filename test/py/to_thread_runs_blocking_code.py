# to_thread: a blocking function runs off the event loop; tasks keep running meanwhile,
# and its exception reaches the awaiter.
import asyncio
import time


def blocking(n):
    time.sleep(0.05)
    return n * 2


def failing():
    raise ValueError("thread failed")


async def ticker(log):
    for i in range(3):
        log.append("tick %d" % i)
        await asyncio.sleep(0.001)


async def main():
    log = []
    r, _ = await asyncio.gather(asyncio.to_thread(blocking, 21), ticker(log))
    print(r, log)
    try:
        await asyncio.to_thread(failing)
    except ValueError as e:
        print("caught:", e)


asyncio.run(main())
