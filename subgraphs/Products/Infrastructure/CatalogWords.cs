namespace ECommerce.Products.Infrastructure;

/// <summary>The word lists the seeded catalog is generated from (<see cref="CatalogSeed"/>); category n of the seed is <see cref="Categories"/>[n - 1].</summary>
public static class CatalogWords
{
    public static IReadOnlyList<string> Brands { get; } =
        ["Nordkap", "Alder & Co", "Bluefin", "Kestrel", "Lumen", "Solvik", "Ridgeway", "Tallow", "Vireo", "Marlowe"];

    /// <summary>Product lines; with the brand they make every name of a category different.</summary>
    public static IReadOnlyList<string> Lines { get; } =
        ["Aero", "Summit", "Pulse", "Drift", "Terra", "Nova", "Orbit", "Echo", "Atlas", "Vista",
         "Harbor", "Flux", "Glide", "Crest", "Zephyr", "Ember", "Tundra", "Coast", "Prism", "Halo"];

    public static IReadOnlyList<SeedCategory> Categories { get; } =
    [
        new("Running Shoes", "running-shoes", ["Running Shoe", "Trail Shoe", "Racing Flat"],
            ["a breathable mesh upper", "a cushioned midsole", "a grippy rubber outsole", "reflective details"], "Made for daily runs on road and trail.", 59m, 189m),
        new("Hiking Boots", "hiking-boots", ["Hiking Boot", "Trekking Boot", "Approach Shoe"],
            ["a waterproof membrane", "a supportive ankle collar", "a lugged Vibram sole", "full-grain leather"], "Built for long days in the mountains.", 89m, 259m),
        new("Jackets", "jackets", ["Rain Jacket", "Down Jacket", "Softshell Jacket", "Windbreaker"],
            ["taped seams", "an adjustable hood", "recycled insulation", "zipped hand pockets"], "Keeps you warm and dry when the weather turns.", 79m, 349m),
        new("T-Shirts", "t-shirts", ["T-Shirt", "Tank Top", "Long Sleeve Tee"],
            ["organic cotton jersey", "a relaxed fit", "a ribbed crew neck", "pre-shrunk fabric"], "Soft enough to wear every day.", 15m, 45m),
        new("Jeans", "jeans", ["Slim Jeans", "Straight Jeans", "Relaxed Jeans"],
            ["stretch denim", "a mid-rise waist", "five pockets", "copper rivets"], "A pair that breaks in and lasts for years.", 49m, 129m),
        new("Dresses", "dresses", ["Summer Dress", "Wrap Dress", "Midi Dress"],
            ["flowing viscose", "a tie waist", "side pockets", "a floral print"], "Easy to dress up or down.", 39m, 149m),
        new("Backpacks", "backpacks", ["Daypack", "Travel Backpack", "Laptop Backpack"],
            ["a padded laptop sleeve", "water-resistant nylon", "padded shoulder straps", "a hidden passport pocket"], "Carries everything for work, school or a weekend away.", 39m, 199m),
        new("Watches", "watches", ["Field Watch", "Dive Watch", "Chronograph"],
            ["sapphire crystal glass", "a stainless steel case", "water resistance to 100 metres", "a luminous dial"], "A dependable companion on the wrist.", 89m, 599m),
        new("Sunglasses", "sunglasses", ["Aviator Sunglasses", "Sport Sunglasses", "Round Sunglasses"],
            ["polarized lenses", "full UV400 protection", "a lightweight frame", "a hard case"], "Clear vision in bright sunshine.", 29m, 189m),
        new("Headphones", "headphones", ["Wireless Headphones", "In-Ear Earbuds", "Studio Headphones"],
            ["active noise cancelling", "30 hours of battery life", "memory foam ear cushions", "a built-in microphone"], "Rich sound for music, calls and podcasts.", 29m, 349m),
        new("Speakers", "speakers", ["Bluetooth Speaker", "Bookshelf Speaker", "Soundbar"],
            ["deep bass", "a splash-proof housing", "multi-room pairing", "a twelve-hour battery"], "Fills a room with clear sound.", 39m, 499m),
        new("Phone Accessories", "phone-accessories", ["Phone Case", "Charging Cable", "Power Bank", "Screen Protector"],
            ["shock-absorbing edges", "fast charging", "a braided cable", "tempered glass"], "Protects and powers your phone on the go.", 9m, 69m),
        new("Kitchen Knives", "kitchen-knives", ["Chef's Knife", "Paring Knife", "Bread Knife", "Santoku Knife"],
            ["a forged steel blade", "an ergonomic handle", "a razor-sharp edge", "a protective sheath"], "Slices, dices and chops with ease.", 19m, 229m),
        new("Cookware", "cookware", ["Frying Pan", "Saucepan", "Dutch Oven", "Wok"],
            ["a non-stick coating", "a heavy aluminium base", "oven-safe handles", "induction compatibility"], "Heats evenly for everyday cooking.", 25m, 249m),
        new("Coffee & Tea", "coffee-and-tea", ["Espresso Beans", "Filter Coffee", "Green Tea", "French Press"],
            ["single-origin beans", "a medium roast", "loose leaves", "notes of chocolate and citrus"], "For a better cup every morning.", 6m, 89m),
        new("Bedding", "bedding", ["Duvet Cover", "Pillow", "Fitted Sheet", "Throw Blanket"],
            ["percale cotton", "a hidden zip", "hypoallergenic filling", "a breathable weave"], "Sleep cool and comfortable all year.", 19m, 179m),
        new("Lamps", "lamps", ["Desk Lamp", "Floor Lamp", "Pendant Light"],
            ["a dimmable LED", "a brushed brass finish", "an adjustable arm", "a linen shade"], "Warm light for reading and relaxing.", 24m, 299m),
        new("Garden Tools", "garden-tools", ["Pruning Shears", "Garden Spade", "Watering Can", "Hose Reel"],
            ["a rust-proof blade", "an ash wood handle", "a comfortable grip", "a galvanized body"], "Makes light work of the garden.", 12m, 119m),
        new("Board Games", "board-games", ["Strategy Game", "Party Game", "Jigsaw Puzzle"],
            ["two to six players", "quick rules", "beautifully illustrated cards", "a sturdy box"], "Great fun for family game nights.", 14m, 79m),
        new("Yoga & Fitness", "yoga-and-fitness", ["Yoga Mat", "Resistance Band", "Kettlebell", "Foam Roller"],
            ["a non-slip surface", "natural rubber", "a carry strap", "a durable coating"], "Train at home or in the studio.", 12m, 129m),
        new("Cycling", "cycling", ["Bike Helmet", "Bike Light", "Cycling Jersey", "Bike Lock"],
            ["a USB rechargeable battery", "high-visibility details", "an aerodynamic shape", "hardened steel"], "Safer and more comfortable rides.", 19m, 199m),
        new("Camping", "camping", ["Tent", "Sleeping Bag", "Camping Stove", "Headlamp"],
            ["a quick pitch design", "a compact pack size", "a rip-stop shell", "a three-season rating"], "Everything you need for a night under the stars.", 19m, 449m),
        new("Toys", "toys", ["Building Set", "Plush Bear", "Wooden Train", "Puzzle Cube"],
            ["child-safe paints", "sustainably sourced wood", "colourful pieces", "washable fabric"], "Hours of imaginative play.", 9m, 89m),
        new("Skincare", "skincare", ["Face Cream", "Cleanser", "Sunscreen", "Lip Balm"],
            ["hyaluronic acid", "a fragrance-free formula", "vitamin E", "SPF 50 protection"], "Gentle care for every skin type.", 6m, 59m),
    ];
}
