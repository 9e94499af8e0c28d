/** What the 就业援助 pages say to someone who may not open them (components/staff-gate). */
export function assistGate(what: string) {
  return {
    loginText: `请用社区、镇街、区市或市的工作人员账号登录，${what}`,
    deniedTitle: '只有工作人员可以打开就业援助台账',
    deniedText: '就业援助台账和「12333」服务记录由社区工作人员维护，上级工作人员可以查看辖区的情况。',
  }
}
