# gather returns results in argument order, not completion order.
import asyncio


async def fetch(name, ms):
    await asyncio.sleep(ms / 1000)
    print("fetched", name)
    return name.upper()


async def main():
    rs = await asyncio.gather(fetch("slow", 30), fetch("fast", 5), fetch("mid", 15))
    print(" ".join(rs))


asyncio.run(main())
