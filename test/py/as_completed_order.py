# as_completed: results in the order the tasks finish, not the order they were given.
import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    aws = [job("c", 0.2), job("a", 0.001), job("b", 0.1)]
    for f in asyncio.as_completed(aws):
        print(await f)


asyncio.run(main())
