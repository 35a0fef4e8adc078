# TaskGroup: the first child that fails cancels its siblings; the group raises once every
# child has ended.
import asyncio


async def child(name, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise ValueError(name + " failed")
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a", 0.001))
            tg.create_task(child("b", 0.05, fail=True))
            tg.create_task(child("c", 3600))
            tg.create_task(child("d", 3600))
    except* ValueError as eg:
        print("group failed:", eg.exceptions[0])
    async with asyncio.TaskGroup() as tg:
        for n in ["x", "y"]:
            tg.create_task(child(n, 0.001))
    print("all finished")


asyncio.run(main())
