/**
 * The provinces' own service apps and platforms whose names do not carry the province's (浙里办, 粤省事),
 * by the province's short name as the gazetteer gives it without its kind (浙江, 广东, 内蒙古). Another
 * province's app in a report is a leftover of the report it was copied from, as its 政务服务网 is.
 * Names of two characters (京通) are left out: they occur inside other words.
 */
export const PROVINCIAL_SERVICES: Record<string, readonly string[]> = {
  天津: ['津心办'],
  河北: ['冀时办'],
  山西: ['三晋通'],
  内蒙古: ['蒙速办'],
  辽宁: ['辽事通'],
  吉林: ['吉事办'],
  上海: ['随申办'],
  江苏: ['苏服办'],
  浙江: ['浙里办'],
  安徽: ['皖事通'],
  福建: ['闽政通'],
  江西: ['赣服通'],
  山东: ['爱山东'],
  河南: ['豫事办'],
  湖北: ['鄂汇办'],
  湖南: ['湘易办'],
  广东: ['粤省事', '粤商通'],
  广西: ['智桂通'],
  海南: ['海易办'],
  重庆: ['渝快办'],
  四川: ['天府通办'],
  贵州: ['贵人服务'],
  云南: ['办事通'],
  陕西: ['秦务员'],
  甘肃: ['甘快办'],
  青海: ['青松办'],
  新疆: ['新服办'],
};
