global using Gql.Types;
global using Gql.Types.Resolvers;
