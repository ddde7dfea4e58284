console.log("gazette")
