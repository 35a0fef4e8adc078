# asyncio.timeout: the block is cancelled at the deadline and TimeoutError raised; a block
# that finishes in time is left alone.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.01):
            print("in the block")
            await asyncio.sleep(3600)
            print("never")
    except TimeoutError:
        print("the block timed out")
    async with asyncio.timeout(1):
        await asyncio.sleep(0.001)
        print("finished in time")
    print("after both", "<nil>")


asyncio.run(main())
